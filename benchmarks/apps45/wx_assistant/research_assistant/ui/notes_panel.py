"""Notes pane: free-form notes, summarise, read aloud."""
from __future__ import annotations

import asyncio
import tempfile
import threading

import wx
from pubsub import pub

from research_assistant import events
from research_assistant.core import bus, get_anthropic_client, get_openai_client
from research_assistant.research.rag import LocalIndex, chunk_text
from research_assistant.services.multi_model_service import TaskComplexity, multi_model_service
from research_assistant.workers import EmbedWorker, SummarizeWorker


class NotesPanel(wx.Panel):
    def __init__(self, parent):
        super().__init__(parent)
        self.text = wx.TextCtrl(self, style=wx.TE_MULTILINE | wx.TE_RICH2)
        self.summary = wx.TextCtrl(self, style=wx.TE_MULTILINE | wx.TE_READONLY)
        self.gauge = wx.Gauge(self, range=100)
        btns = wx.BoxSizer(wx.HORIZONTAL)
        for label, handler in (("Summarise", self.on_summarise), ("Explain", self.on_explain),
                               ("Ask chat", self.on_ask_chat), ("Read aloud", self.on_read_aloud),
                               ("Size", self.on_size_check), ("Index", self.on_index)):
            b = wx.Button(self, label=label)
            b.Bind(wx.EVT_BUTTON, handler)
            btns.Add(b, 0, wx.RIGHT, 4)
        s = wx.BoxSizer(wx.VERTICAL)
        s.Add(self.text, 2, wx.EXPAND | wx.ALL, 4)
        s.Add(btns, 0, wx.ALL, 4)
        s.Add(self.gauge, 0, wx.EXPAND | wx.ALL, 4)
        s.Add(self.summary, 1, wx.EXPAND | wx.ALL, 4)
        self.SetSizer(s)

        self.Bind(events.EVT_JOB_PROGRESS, self.on_progress)
        self.Bind(events.EVT_JOB_DONE, self.on_job_done)
        self.Bind(events.EVT_INDEX_READY, self.on_index_ready)
        pub.subscribe(self.on_summarize_request, bus.TOPIC_SUMMARIZE)
        self.index = None

    def append_text(self, text: str):
        self.text.AppendText("\n" + text)

    def on_summarise(self, event):
        self.on_summarize_request(self.text.GetValue())

    def on_summarize_request(self, notes):
        if not notes.strip():
            return
        self.gauge.Pulse()
        SummarizeWorker(self, get_anthropic_client(), notes).start()

    def on_progress(self, event):
        self.gauge.SetValue(int(100 * event.done / max(event.total, 1)))

    def on_job_done(self, event):
        self.gauge.SetValue(0)
        self.summary.SetValue(event.text)
        pub.sendMessage(bus.TOPIC_SUMMARY_READY, text=event.text)

    def on_explain(self, event):
        selection = self.text.GetStringSelection()
        if not selection:
            return

        def work():
            answer = asyncio.run(multi_model_service.generate_response(
                prompt=f"Explain this passage for a non-specialist:\n\n{selection}",
                task_type="explain",
                complexity=TaskComplexity.MODERATE,
            ))
            wx.CallAfter(self.summary.SetValue, answer)

        threading.Thread(target=work, daemon=True).start()

    def on_ask_chat(self, event):
        selection = self.text.GetStringSelection() or self.text.GetValue()
        pub.sendMessage(bus.TOPIC_CHAT_REQUEST, text=f"About my notes:\n\n{selection}")

    def on_size_check(self, event):
        # count_tokens is free: it doesn't run the model
        count = get_anthropic_client().messages.count_tokens(
            model="claude-3-5-sonnet-latest",
            messages=[{"role": "user", "content": self.text.GetValue() or " "}],
        )
        bus.status(f"Notes are {count.input_tokens} tokens for Claude")

    def on_read_aloud(self, event):
        text = self.summary.GetValue() or self.text.GetStringSelection()
        if not text:
            return
        threading.Thread(target=self._speak, args=(text[:4000],), daemon=True).start()

    def _speak(self, text):
        speech = get_openai_client().audio.speech.create(
            model="gpt-4o-mini-tts", voice="alloy", input=text
        )
        out = tempfile.NamedTemporaryFile(suffix=".mp3", delete=False)
        out.write(speech.content)
        out.close()
        wx.CallAfter(self._play, out.name)

    def _play(self, path):
        import wx.adv
        snd = wx.adv.Sound(path)
        if snd.IsOk():
            snd.Play(wx.adv.SOUND_ASYNC)
        else:
            wx.LaunchDefaultApplication(path)

    def on_index(self, event):
        chunks = chunk_text(self.text.GetValue())
        if chunks:
            bus.status(f"Embedding {len(chunks)} chunks...")
            EmbedWorker(self, chunks, client=get_openai_client()).start()

    def on_index_ready(self, event):
        # vectors come from OpenAI; LocalIndex only uses Ollama when answering
        self.index = LocalIndex()
        self.index.add_vectors(event.chunks, event.vectors)
        bus.status(f"Indexed {len(event.chunks)} chunks")
