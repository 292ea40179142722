# -*- coding: utf-8 -*-
"""Settings dialog built from dialogs/WriterAI/SettingsDialog.xdl via the DialogProvider."""
import logging

import uno
import unohelper
from com.sun.star.awt import XActionListener

from writerai import load_settings
from writerai.clients import get_anthropic_client, get_groq_client, get_openai_client, reset_clients
from writerai.config import save_secrets, write_registry
from writerai.uno_helpers import message_box

log = logging.getLogger("writerai.macros.settings")

DIALOG_URL = "vnd.sun.star.extension://org.example.writerai/dialogs/WriterAI/SettingsDialog.xdl"
PROVIDERS = ("openai", "anthropic", "groq", "watsonx", "http")


class TestConnectionListener(unohelper.Base, XActionListener):
    """'Test connection' only lists models: it must not spend tokens."""

    def __init__(self, ctx, doc, dialog):
        self.ctx = ctx
        self.doc = doc
        self.dialog = dialog

    def actionPerformed(self, event):
        provider = self.dialog.getControl("lstProvider").getSelectedItem()
        try:
            if provider == "openai":
                names = [m.id for m in get_openai_client().models.list()]
            elif provider == "anthropic":
                names = [m.id for m in get_anthropic_client().models.list(limit=20)]
            elif provider == "groq":
                names = [m.id for m in get_groq_client().models.list().data]
            else:
                names = ["(not checked)"]
            message_box(self.ctx, self.doc, "OK: %d models\n%s" % (len(names), ", ".join(names[:8])))
        except Exception as exc:  # show anything to the user
            message_box(self.ctx, self.doc, str(exc), error=True)

    def disposing(self, source):
        pass


def _create_dialog(ctx):
    smgr = ctx.getServiceManager()
    dp = smgr.createInstanceWithContext("com.sun.star.awt.DialogProvider", ctx)
    return dp.createDialog(DIALOG_URL)


def show_settings(*args):
    ctx = XSCRIPTCONTEXT.getComponentContext()  # noqa: F821
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    settings = load_settings(ctx)
    dialog = _create_dialog(ctx)
    lst = dialog.getControl("lstProvider")
    lst.addItems(PROVIDERS, 0)
    lst.selectItem(settings.provider, True)
    dialog.getControl("txtModel").setText(settings.model)
    dialog.getControl("txtLang").setText(settings.target_language)
    dialog.getControl("btnTest").addActionListener(TestConnectionListener(ctx, doc, dialog))
    if dialog.execute() != 1:
        dialog.dispose()
        return
    settings.provider = lst.getSelectedItem()
    settings.model = dialog.getControl("txtModel").getText().strip()
    settings.target_language = dialog.getControl("txtLang").getText().strip() or "English"
    key = dialog.getControl("txtKey").getText().strip()
    if key:
        setattr(settings, settings.provider + "_api_key", key)
        save_secrets(settings)
    write_registry(ctx, settings)
    reset_clients()
    dialog.dispose()


g_exportedScripts = (show_settings,)
