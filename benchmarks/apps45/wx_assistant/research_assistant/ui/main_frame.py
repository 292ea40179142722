"""Main window: AUI-managed panes, menus, toolbar and status bar."""
from __future__ import annotations

import logging
import os
import threading

import wx
import wx.aui
from pubsub import pub

from research_assistant.core import bus, reset_clients
from research_assistant.core.tokens import format_cost
from research_assistant.ui.chat_panel import ChatPanel
from research_assistant.ui.dialogs import AboutBox, SettingsDialog, UsageDialog
from research_assistant.ui.image_panel import ImagePanel
from research_assistant.ui.notes_panel import NotesPanel
from research_assistant.ui.research_panel import ResearchPanel

log = logging.getLogger(__name__)

ID_TRANSCRIBE = wx.NewIdRef()
ID_MODERATE = wx.NewIdRef()
ID_USAGE = wx.NewIdRef()
ID_RESET_LAYOUT = wx.NewIdRef()
ID_NEW_CHAT = wx.NewIdRef()


class MainFrame(wx.Frame):
    def __init__(self, parent, title):
        super().__init__(parent, title=title, size=(1280, 820))
        self._mgr = wx.aui.AuiManager(self)
        self._build_menus()
        self._build_toolbar()
        self.CreateStatusBar(2)
        self.SetStatusWidths([-3, -1])

        self.chat = ChatPanel(self)
        self.notes = NotesPanel(self)
        self.research = ResearchPanel(self)
        self.images = ImagePanel(self)

        self._mgr.AddPane(self.chat, wx.aui.AuiPaneInfo().Name("chat").Caption("Chat").CenterPane())
        self._mgr.AddPane(self.notes, wx.aui.AuiPaneInfo().Name("notes").Caption("Notes")
                          .Right().BestSize(380, -1).CloseButton(True))
        self._mgr.AddPane(self.research, wx.aui.AuiPaneInfo().Name("research").Caption("Research")
                          .Bottom().BestSize(-1, 260))
        self._mgr.AddPane(self.images, wx.aui.AuiPaneInfo().Name("images").Caption("Images")
                          .Right().Hide())
        self._default_perspective = self._mgr.SavePerspective()
        self._mgr.Update()

        pub.subscribe(self._on_status, bus.TOPIC_STATUS)
        wx.GetApp().tracker.add_listener(lambda u: wx.CallAfter(self._on_usage, u))
        self.Bind(wx.EVT_CLOSE, self.on_close)

    # -- construction -------------------------------------------------------
    def _build_menus(self):
        mb = wx.MenuBar()
        file_menu = wx.Menu()
        file_menu.Append(ID_NEW_CHAT, "&New chat\tCtrl+N")
        file_menu.Append(ID_TRANSCRIBE, "&Transcribe audio...\tCtrl+Shift+T")
        file_menu.AppendSeparator()
        file_menu.Append(wx.ID_PREFERENCES, "&Settings...\tCtrl+,")
        file_menu.Append(wx.ID_EXIT, "E&xit")
        tools = wx.Menu()
        tools.Append(ID_MODERATE, "Check clipboard for policy issues")
        tools.Append(ID_USAGE, "Usage && cost...")
        view = wx.Menu()
        view.Append(ID_RESET_LAYOUT, "Reset layout")
        help_menu = wx.Menu()
        help_menu.Append(wx.ID_ABOUT, "&About")
        mb.Append(file_menu, "&File")
        mb.Append(tools, "&Tools")
        mb.Append(view, "&View")
        mb.Append(help_menu, "&Help")
        self.SetMenuBar(mb)

        self.Bind(wx.EVT_MENU, self.on_new_chat, id=ID_NEW_CHAT)
        self.Bind(wx.EVT_MENU, self.on_transcribe, id=ID_TRANSCRIBE)
        self.Bind(wx.EVT_MENU, self.on_settings, id=wx.ID_PREFERENCES)
        self.Bind(wx.EVT_MENU, lambda e: self.Close(), id=wx.ID_EXIT)
        self.Bind(wx.EVT_MENU, self.on_moderate, id=ID_MODERATE)
        self.Bind(wx.EVT_MENU, self.on_usage, id=ID_USAGE)
        self.Bind(wx.EVT_MENU, self.on_reset_layout, id=ID_RESET_LAYOUT)
        self.Bind(wx.EVT_MENU, lambda e: AboutBox(self), id=wx.ID_ABOUT)

    def _build_toolbar(self):
        tb = self.CreateToolBar(wx.TB_HORIZONTAL | wx.TB_FLAT)
        art = wx.ArtProvider
        tb.AddTool(ID_NEW_CHAT, "New", art.GetBitmap(wx.ART_NEW, wx.ART_TOOLBAR), "New chat")
        tb.AddTool(ID_TRANSCRIBE, "Transcribe", art.GetBitmap(wx.ART_FILE_OPEN, wx.ART_TOOLBAR),
                   "Transcribe audio file")
        tb.AddSeparator()
        tb.AddTool(wx.ID_PREFERENCES, "Settings", art.GetBitmap(wx.ART_EXECUTABLE_FILE, wx.ART_TOOLBAR))
        tb.Realize()

    # -- handlers -----------------------------------------------------------
    def _on_status(self, message, field=0):
        self.SetStatusText(message, field)

    def _on_usage(self, usage_log):
        totals = wx.GetApp().tracker.totals()
        self.SetStatusText("Spent: " + format_cost(sum(totals.values())), 1)

    def on_new_chat(self, event):
        self.chat.new_conversation()

    def on_settings(self, event):
        with SettingsDialog(self) as dlg:
            if dlg.ShowModal() == wx.ID_OK:
                dlg.save()
                reset_clients()
                wx.GetApp().registry.clear_cache()
                pub.sendMessage(bus.TOPIC_SETTINGS_CHANGED)

    def on_usage(self, event):
        with UsageDialog(self, wx.GetApp().tracker.totals()) as dlg:
            dlg.ShowModal()

    def on_reset_layout(self, event):
        self._mgr.LoadPerspective(self._default_perspective)

    def on_transcribe(self, event):
        with wx.FileDialog(self, "Choose audio", wildcard="Audio (*.mp3;*.m4a;*.wav)|*.mp3;*.m4a;*.wav",
                           style=wx.FD_OPEN | wx.FD_FILE_MUST_EXIST) as fd:
            if fd.ShowModal() != wx.ID_OK:
                return
            path = fd.GetPath()
        bus.status(f"Transcribing {os.path.basename(path)}...")
        threading.Thread(target=self._transcribe, args=(path,), daemon=True).start()

    def _transcribe(self, path):
        client = wx.GetApp().clients.openai
        try:
            with open(path, "rb") as fh:
                transcript = client.audio.transcriptions.create(model="whisper-1", file=fh)
        except Exception as exc:
            wx.CallAfter(wx.MessageBox, str(exc), "Transcription failed", wx.ICON_ERROR)
            return
        wx.CallAfter(self.notes.append_text, transcript.text)
        wx.CallAfter(bus.status, "Transcription added to notes")

    def on_moderate(self, event):
        text = ""
        if wx.TheClipboard.Open():
            data = wx.TextDataObject()
            if wx.TheClipboard.GetData(data):
                text = data.GetText()
            wx.TheClipboard.Close()
        if not text:
            wx.MessageBox("Clipboard is empty.", "Moderation")
            return
        from research_assistant.core import get_openai_client
        result = get_openai_client().moderations.create(
            model="omni-moderation-latest", input=text
        ).results[0]
        flagged = [k for k, v in result.categories.model_dump().items() if v]
        wx.MessageBox("Flagged: " + ", ".join(flagged) if flagged else "Nothing flagged.",
                      "Moderation")

    def on_close(self, event):
        self.chat.shutdown()
        self._mgr.UnInit()
        event.Skip()
