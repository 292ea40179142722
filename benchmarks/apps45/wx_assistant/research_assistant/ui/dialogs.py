"""Settings, usage and about dialogs."""
from __future__ import annotations

import wx
import wx.adv

from research_assistant import __version__, config
from research_assistant.core import get_anthropic_client, get_ollama_client, get_openai_client
from research_assistant.core.tokens import format_cost

PROVIDERS = ("openai", "anthropic", "google", "xai")


class SettingsDialog(wx.Dialog):
    def __init__(self, parent):
        super().__init__(parent, title="Settings", style=wx.DEFAULT_DIALOG_STYLE | wx.RESIZE_BORDER)
        nb = wx.Notebook(self)
        keys_page = wx.Panel(nb)
        grid = wx.FlexGridSizer(cols=3, vgap=6, hgap=6)
        grid.AddGrowableCol(1)
        self._key_ctrls = {}
        for name in PROVIDERS:
            grid.Add(wx.StaticText(keys_page, label=name.title()), 0, wx.ALIGN_CENTER_VERTICAL)
            ctrl = wx.TextCtrl(keys_page, value=config.get_api_key(name) or "", style=wx.TE_PASSWORD)
            self._key_ctrls[name] = ctrl
            grid.Add(ctrl, 1, wx.EXPAND)
            test = wx.Button(keys_page, label="Test")
            test.Bind(wx.EVT_BUTTON, lambda e, n=name: self.on_test(n))
            grid.Add(test)
        keys_page.SetSizer(wx.BoxSizer(wx.VERTICAL))
        keys_page.GetSizer().Add(grid, 1, wx.EXPAND | wx.ALL, 10)

        gen_page = wx.Panel(nb)
        gs = wx.FlexGridSizer(cols=2, vgap=6, hgap=6)
        self.ollama_host = wx.TextCtrl(gen_page, value=config.get_setting("ollama_host"))
        self.temperature = wx.SpinCtrlDouble(gen_page, min=0, max=2, inc=0.1,
                                             initial=config.get_float("temperature"))
        self.max_tokens = wx.SpinCtrl(gen_page, min=16, max=32000, initial=config.get_int("max_tokens"))
        self.stream = wx.CheckBox(gen_page, label="Stream replies")
        self.stream.SetValue(config.get_setting("stream") == "1")
        self.local_models = wx.ListBox(gen_page, size=(-1, 90))
        refresh = wx.Button(gen_page, label="Refresh local models")
        refresh.Bind(wx.EVT_BUTTON, self.on_refresh_local)
        for label, ctrl in (("Ollama host", self.ollama_host), ("Temperature", self.temperature),
                            ("Max tokens", self.max_tokens), ("", self.stream),
                            ("Local models", self.local_models), ("", refresh)):
            gs.Add(wx.StaticText(gen_page, label=label))
            gs.Add(ctrl, 1, wx.EXPAND)
        gen_page.SetSizer(gs)

        nb.AddPage(keys_page, "API keys")
        nb.AddPage(gen_page, "General")
        s = wx.BoxSizer(wx.VERTICAL)
        s.Add(nb, 1, wx.EXPAND | wx.ALL, 6)
        s.Add(self.CreateStdDialogButtonSizer(wx.OK | wx.CANCEL), 0, wx.EXPAND | wx.ALL, 6)
        self.SetSizerAndFit(s)

    def save(self):
        for name, ctrl in self._key_ctrls.items():
            config.set_api_key(name, ctrl.GetValue().strip())
        config.set_setting("ollama_host", self.ollama_host.GetValue())
        config.set_setting("temperature", self.temperature.GetValue())
        config.set_setting("max_tokens", self.max_tokens.GetValue())
        config.set_setting("stream", "1" if self.stream.GetValue() else "0")

    def on_refresh_local(self, event):
        try:
            listing = get_ollama_client(self.ollama_host.GetValue()).list()
        except Exception as exc:
            wx.MessageBox(f"Ollama not reachable: {exc}", "Ollama")
            return
        self.local_models.Set([m.model for m in listing.models])

    def on_test(self, provider):
        """Verify a key. OpenAI uses the free models endpoint; Anthropic gets a 1-token ping."""
        wx.BeginBusyCursor()
        try:
            if provider == "openai":
                names = [m.id for m in get_openai_client().models.list()]
                msg = f"OK, {len(names)} models visible"
            elif provider == "anthropic":
                ping = get_anthropic_client().messages.create(
                    model="claude-3-5-haiku-latest",
                    max_tokens=1,
                    messages=[{"role": "user", "content": "ping"}],
                )
                msg = f"OK ({ping.model})"
            else:
                msg = "Saved; test not available for this provider."
        except Exception as exc:
            msg = f"Failed: {exc}"
        finally:
            wx.EndBusyCursor()
        wx.MessageBox(msg, f"{provider} key test")


class UsageDialog(wx.Dialog):
    def __init__(self, parent, totals: dict[str, float]):
        super().__init__(parent, title="Usage & cost")
        lst = wx.ListCtrl(self, style=wx.LC_REPORT, size=(360, 200))
        lst.InsertColumn(0, "Provider", width=180)
        lst.InsertColumn(1, "Cost", width=140)
        for i, (p, c) in enumerate(sorted(totals.items())):
            lst.InsertItem(i, p)
            lst.SetItem(i, 1, format_cost(c))
        s = wx.BoxSizer(wx.VERTICAL)
        s.Add(lst, 1, wx.EXPAND | wx.ALL, 8)
        s.Add(self.CreateStdDialogButtonSizer(wx.OK), 0, wx.EXPAND | wx.ALL, 8)
        self.SetSizerAndFit(s)


def AboutBox(parent):
    info = wx.adv.AboutDialogInfo()
    info.SetName("Research Assistant")
    info.SetVersion(__version__)
    info.SetDescription("Multi-provider research assistant.")
    wx.adv.AboutBox(info, parent)
