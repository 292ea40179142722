"""Chat pane: provider/model pickers, transcript, prompt box."""
from __future__ import annotations

import logging
import threading

import wx
from pubsub import pub

from research_assistant import config, events
from research_assistant.core import bus
from research_assistant.core.tokens import count_message_tokens
from research_assistant.workers import ChatWorker, TitleWorker

log = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "You are a research assistant. Answer precisely, say when you are unsure, "
    "and suggest follow-up sources."
)

REWRITE_STYLES = {
    "Shorter": "Rewrite the text to be about half as long.",
    "Formal": "Rewrite the text in a formal academic register.",
    "Plain": "Rewrite the text in plain English for a general reader.",
}


class ChatPanel(wx.Panel):
    def __init__(self, parent):
        super().__init__(parent)
        app = wx.GetApp()
        self.registry = app.registry
        self.store = app.history
        self.conversation = None
        self._worker: ChatWorker | None = None

        self.provider_choice = wx.Choice(self, choices=self.registry.names())
        self.model_choice = wx.Choice(self)
        self.transcript = wx.TextCtrl(self, style=wx.TE_MULTILINE | wx.TE_READONLY | wx.TE_RICH2)
        self.prompt = wx.TextCtrl(self, style=wx.TE_MULTILINE | wx.TE_PROCESS_ENTER)
        self.send_btn = wx.Button(self, label="Send")
        self.stop_btn = wx.Button(self, label="Stop")
        self.rewrite_btn = wx.Button(self, label="Rewrite...")
        self.stop_btn.Disable()
        self.token_label = wx.StaticText(self, label="0 tokens")

        top = wx.BoxSizer(wx.HORIZONTAL)
        top.Add(wx.StaticText(self, label="Provider"), 0, wx.ALIGN_CENTER_VERTICAL | wx.ALL, 4)
        top.Add(self.provider_choice, 0, wx.ALL, 4)
        top.Add(wx.StaticText(self, label="Model"), 0, wx.ALIGN_CENTER_VERTICAL | wx.ALL, 4)
        top.Add(self.model_choice, 1, wx.ALL, 4)
        bottom = wx.BoxSizer(wx.HORIZONTAL)
        bottom.Add(self.prompt, 1, wx.EXPAND | wx.ALL, 4)
        buttons = wx.BoxSizer(wx.VERTICAL)
        for b in (self.send_btn, self.stop_btn, self.rewrite_btn):
            buttons.Add(b, 0, wx.EXPAND | wx.BOTTOM, 4)
        buttons.Add(self.token_label, 0, wx.TOP, 4)
        bottom.Add(buttons, 0, wx.ALL, 4)
        sizer = wx.BoxSizer(wx.VERTICAL)
        sizer.Add(top, 0, wx.EXPAND)
        sizer.Add(self.transcript, 1, wx.EXPAND | wx.ALL, 4)
        sizer.Add(bottom, 0, wx.EXPAND)
        self.SetSizer(sizer)

        self.provider_choice.SetStringSelection(config.get_setting("default_provider"))
        self._refresh_models()

        self.provider_choice.Bind(wx.EVT_CHOICE, lambda e: self._refresh_models())
        self.send_btn.Bind(wx.EVT_BUTTON, self.on_send)
        self.stop_btn.Bind(wx.EVT_BUTTON, self.on_stop)
        self.rewrite_btn.Bind(wx.EVT_BUTTON, self.on_rewrite)
        self.prompt.Bind(wx.EVT_TEXT, self.on_prompt_changed)
        self.Bind(events.EVT_CHAT_CHUNK, self.on_chunk)
        self.Bind(events.EVT_CHAT_DONE, self.on_done)
        self.Bind(events.EVT_CHAT_ERROR, self.on_error)
        pub.subscribe(self.on_external_request, bus.TOPIC_CHAT_REQUEST)

    # -- helpers ------------------------------------------------------------
    def _refresh_models(self):
        provider = self.provider_choice.GetStringSelection() or "openai"
        self.model_choice.SetItems(self.registry.models_for(provider))
        self.model_choice.SetSelection(0)

    def new_conversation(self):
        provider = self.provider_choice.GetStringSelection()
        model = self.model_choice.GetStringSelection()
        self.conversation = self.store.create("Untitled", provider, model)
        self.transcript.Clear()

    def shutdown(self):
        if self._worker and self._worker.is_alive():
            self._worker.cancel()

    # -- events -------------------------------------------------------------
    def on_prompt_changed(self, event):
        msgs = [{"role": "user", "content": self.prompt.GetValue()}]
        self.token_label.SetLabel(f"{count_message_tokens(msgs)} tokens")

    def on_send(self, event):
        text = self.prompt.GetValue().strip()
        if not text:
            return
        self.send(text)
        self.prompt.Clear()

    def send(self, text: str):
        if self.conversation is None:
            self.new_conversation()
            TitleWorker(wx.GetApp().clients.xai, text, self._set_title).start()
        self.conversation.add("user", text)
        self.transcript.AppendText(f"\n\nYou: {text}\n\nAssistant: ")
        self._worker = ChatWorker(
            self,
            self.provider_choice.GetStringSelection(),
            self.model_choice.GetStringSelection(),
            self.conversation.as_messages(SYSTEM_PROMPT),
            stream=config.get_setting("stream") == "1",
            temperature=config.get_float("temperature"),
            max_tokens=config.get_int("max_tokens"),
        )
        self._worker.start()
        self.send_btn.Disable()
        self.stop_btn.Enable()

    def _set_title(self, title):
        if self.conversation:
            self.conversation.title = title
            self.store.save(self.conversation)
            bus.status(f"Conversation: {title}")

    def on_external_request(self, text, provider=None):
        if provider:
            self.provider_choice.SetStringSelection(provider)
            self._refresh_models()
        self.send(text)

    def on_stop(self, event):
        self.shutdown()
        self.stop_btn.Disable()
        self.send_btn.Enable()

    def on_chunk(self, event):
        self.transcript.AppendText(event.text)

    def on_done(self, event):
        if not self._worker or not self._worker.stream or getattr(event, "fallback", False):
            self.transcript.AppendText(event.text)
        self.conversation.add("assistant", event.text)
        self.store.save(self.conversation)
        pub.sendMessage(bus.TOPIC_CHAT_REPLY, text=event.text)
        self.stop_btn.Disable()
        self.send_btn.Enable()

    def on_error(self, event):
        self.transcript.AppendText(f"\n[error: {event.error}]")
        self.stop_btn.Disable()
        self.send_btn.Enable()

    # -- rewrite (quick action, doesn't touch the conversation) -------------
    def on_rewrite(self, event):
        selection = self.transcript.GetStringSelection() or self.prompt.GetValue()
        if not selection:
            return
        dlg = wx.SingleChoiceDialog(self, "Style", "Rewrite", list(REWRITE_STYLES))
        if dlg.ShowModal() == wx.ID_OK:
            style = REWRITE_STYLES[dlg.GetStringSelection()]
            threading.Thread(target=self._rewrite, args=(selection, style), daemon=True).start()
        dlg.Destroy()

    def _rewrite(self, text, style):
        client = wx.GetApp().clients.openai
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": style}, {"role": "user", "content": text}],
            temperature=0.4,
        )
        wx.CallAfter(self.prompt.SetValue, resp.choices[0].message.content)
