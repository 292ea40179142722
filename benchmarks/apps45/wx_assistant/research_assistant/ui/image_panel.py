"""Image generation pane (OpenAI images)."""
from __future__ import annotations

import base64
import io
import threading

import wx


class PromptPresets:
    """Saved prompt templates. Not related to any model API."""

    def __init__(self):
        self._items = {"Diagram": "A clean, labelled scientific diagram of {subject}",
                       "Cover": "A minimalist book cover about {subject}"}

    def generate(self, name: str, subject: str) -> str:
        return self._items[name].format(subject=subject)

    def names(self):
        return list(self._items)


class ImagePanel(wx.Panel):
    def __init__(self, parent):
        super().__init__(parent)
        self.presets = PromptPresets()
        self.preset = wx.Choice(self, choices=self.presets.names())
        self.subject = wx.TextCtrl(self)
        self.size_choice = wx.Choice(self, choices=["1024x1024", "1792x1024", "1024x1792"])
        self.size_choice.SetSelection(0)
        self.go = wx.Button(self, label="Generate")
        self.bitmap = wx.StaticBitmap(self, size=(512, 512))
        row = wx.BoxSizer(wx.HORIZONTAL)
        row.Add(self.preset, 0, wx.ALL, 4)
        row.Add(self.subject, 1, wx.ALL, 4)
        row.Add(self.size_choice, 0, wx.ALL, 4)
        row.Add(self.go, 0, wx.ALL, 4)
        s = wx.BoxSizer(wx.VERTICAL)
        s.Add(row, 0, wx.EXPAND)
        s.Add(self.bitmap, 1, wx.EXPAND | wx.ALL, 4)
        self.SetSizer(s)
        self.go.Bind(wx.EVT_BUTTON, self.on_generate)

    def on_generate(self, event):
        preset = self.preset.GetStringSelection() or "Diagram"
        prompt = self.presets.generate(preset, self.subject.GetValue())
        self.go.Disable()
        threading.Thread(target=self._generate, args=(prompt, self.size_choice.GetStringSelection()),
                         daemon=True).start()

    def _generate(self, prompt, size):
        clients = wx.GetApp().clients
        try:
            result = clients.openai.images.generate(
                model="dall-e-3", prompt=prompt, size=size, response_format="b64_json", n=1
            )
            png = base64.b64decode(result.data[0].b64_json)
        except Exception as exc:
            wx.CallAfter(wx.LogError, f"Image generation failed: {exc}")
            wx.CallAfter(self.go.Enable)
            return
        wx.CallAfter(self._show, png)

    def _show(self, png: bytes):
        img = wx.Image(io.BytesIO(png), wx.BITMAP_TYPE_PNG)
        img = img.Scale(512, 512, wx.IMAGE_QUALITY_HIGH)
        self.bitmap.SetBitmap(wx.Bitmap(img))
        self.go.Enable()
        self.Layout()
