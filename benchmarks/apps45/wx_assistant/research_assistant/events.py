"""Custom wx events used by worker threads to report back to the UI."""
import wx.lib.newevent

# Chat streaming
ChatChunkEvent, EVT_CHAT_CHUNK = wx.lib.newevent.NewEvent()
ChatDoneEvent, EVT_CHAT_DONE = wx.lib.newevent.NewEvent()
ChatErrorEvent, EVT_CHAT_ERROR = wx.lib.newevent.NewEvent()

# Long running jobs
JobProgressEvent, EVT_JOB_PROGRESS = wx.lib.newevent.NewCommandEvent()
JobDoneEvent, EVT_JOB_DONE = wx.lib.newevent.NewCommandEvent()

# Embedding / indexing
IndexReadyEvent, EVT_INDEX_READY = wx.lib.newevent.NewEvent()
