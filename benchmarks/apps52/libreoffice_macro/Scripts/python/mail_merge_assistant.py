# -*- coding: utf-8 -*-
"""Writer + Calc: personalise a letter template for each row of a linked spreadsheet."""
import logging
import os

import uno  # noqa: F401
from anthropic import Anthropic
from openai import AzureOpenAI

from writerai import load_settings
from writerai.uno_helpers import full_text, message_box

log = logging.getLogger("writerai.macros.mailmerge")

_azure = None


def _azure_client(settings):
    global _azure
    if _azure is None:
        _azure = AzureOpenAI(
            api_key=settings.openai_api_key,
            azure_endpoint=settings.azure_endpoint or os.environ["AZURE_OPENAI_ENDPOINT"],
            api_version="2024-06-01",
        )
    return _azure


def _open_calc(ctx, url):
    smgr = ctx.getServiceManager()
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return desktop.loadComponentFromURL(url, "_blank", 0, ())


def _rows(sheet_doc):
    sheet = sheet_doc.getSheets().getByIndex(0)
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last_row = cursor.getRangeAddress().EndRow
    last_col = cursor.getRangeAddress().EndColumn
    data = sheet.getCellRangeByPosition(0, 0, last_col, last_row).getDataArray()
    header = [str(h) for h in data[0]]
    return [dict(zip(header, row)) for row in data[1:]]


def personalise_letters(*args):
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    ctx = XSCRIPTCONTEXT.getComponentContext()  # noqa: F821
    settings = load_settings(ctx)
    source = settings.extra.get("mail_merge_source")
    if not source:
        message_box(ctx, doc, "Set mail_merge_source in settings.json first.", error=True)
        return
    template = full_text(doc)
    rows = _rows(_open_calc(ctx, source))
    client = _azure_client(settings)
    text = doc.getText()
    for row in rows:
        resp = client.chat.completions.create(
            model=settings.extra.get("azure_deployment", "gpt-4o-mini"),
            messages=[
                {"role": "system", "content": "Personalise the letter for the recipient. Keep it short."},
                {"role": "user", "content": f"Recipient data: {row}\n\nLetter:\n{template}"},
            ],
        )
        text.insertString(text.getEnd(), "\n\n" + resp.choices[0].message.content, False)
        text.insertControlCharacter(text.getEnd(), 5, False)  # PARAGRAPH_BREAK


def personalise_subject_lines(*args):
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    ctx = XSCRIPTCONTEXT.getComponentContext()  # noqa: F821
    settings = load_settings(ctx)
    claude = Anthropic(api_key=settings.anthropic_api_key)
    sel = doc.getCurrentController().getSelection()
    rows = sel.getDataArray()
    out = []
    for row in rows:
        raw = claude.messages.with_raw_response.create(
            model="claude-3-5-haiku-latest",
            max_tokens=60,
            messages=[{"role": "user", "content": f"Write an email subject line for: {row}"}],
        )
        log.debug("request-id %s", raw.headers.get("request-id"))
        out.append(row[:-1] + (raw.parse().content[0].text.strip(),))
    sel.setDataArray(tuple(out))


g_exportedScripts = (personalise_letters, personalise_subject_lines)
