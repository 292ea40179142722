"""Research pane: runs the multi-step pipeline and shows progress."""
from __future__ import annotations

import threading

import wx
from pubsub import pub

from research_assistant.core import bus, get_anthropic_client, get_openai_client, get_xai_client
from research_assistant.research.pipeline import ResearchPipeline


class ResearchPanel(wx.Panel):
    def __init__(self, parent):
        super().__init__(parent)
        self.question = wx.TextCtrl(self)
        self.run_btn = wx.Button(self, label="Research")
        self.web_check = wx.CheckBox(self, label="Include live web (Grok)")
        self.log = wx.ListCtrl(self, style=wx.LC_REPORT)
        self.log.InsertColumn(0, "Step", width=160)
        self.log.InsertColumn(1, "Detail", width=700)
        row = wx.BoxSizer(wx.HORIZONTAL)
        row.Add(self.question, 1, wx.ALL, 4)
        row.Add(self.web_check, 0, wx.ALIGN_CENTER_VERTICAL | wx.ALL, 4)
        row.Add(self.run_btn, 0, wx.ALL, 4)
        s = wx.BoxSizer(wx.VERTICAL)
        s.Add(row, 0, wx.EXPAND)
        s.Add(self.log, 1, wx.EXPAND | wx.ALL, 4)
        self.SetSizer(s)
        self.run_btn.Bind(wx.EVT_BUTTON, self.on_run)
        pub.subscribe(self._on_step, bus.TOPIC_RESEARCH_STEP)
        pub.subscribe(self._on_done, bus.TOPIC_RESEARCH_DONE)

    def on_run(self, event):
        q = self.question.GetValue().strip()
        if not q:
            return
        self.log.DeleteAllItems()
        self.run_btn.Disable()
        pipeline = ResearchPipeline(
            planner=get_anthropic_client(),
            writer=get_openai_client(),
            web=get_xai_client() if self.web_check.IsChecked() else None,
            on_step=lambda name, detail: wx.CallAfter(
                pub.sendMessage, bus.TOPIC_RESEARCH_STEP, name=name, detail=detail),
        )
        threading.Thread(target=self._run, args=(pipeline, q), daemon=True).start()

    def _run(self, pipeline, question):
        try:
            report = pipeline.run(question)
        except Exception as exc:
            report = f"Research failed: {exc}"
        wx.CallAfter(pub.sendMessage, bus.TOPIC_RESEARCH_DONE, report=report)

    def _on_step(self, name, detail):
        idx = self.log.InsertItem(self.log.GetItemCount(), name)
        self.log.SetItem(idx, 1, detail[:300])

    def _on_done(self, report):
        self.run_btn.Enable()
        pub.sendMessage(bus.TOPIC_SUMMARIZE, notes=report)
