# coding=utf-8
from __future__ import absolute_import, unicode_literals

SYSTEM_PROMPT = (
    "You are AIAssist, an expert in FDM 3D printing, Marlin/Klipper firmware and "
    "slicer settings. Answer concisely and practically. If you are unsure, say so."
)

FAILURE_PROMPT = """A print just failed on an OctoPrint-controlled printer.

Printer profile: {profile}
File: {filename}
Progress at failure: {progress}%
Failure reason reported by OctoPrint: {reason}
Last temperature readings:
{temps}

Last lines from the serial log:
{serial_tail}

Explain the most likely cause in 2-3 sentences, then give up to 5 concrete fixes
as a bullet list."""

GCODE_SUMMARY_PROMPT = """Here is a statistical digest of a G-code file produced by {slicer}.

{digest}

Summarise in plain language: estimated material use, layer height, speeds,
temperatures, retraction settings and anything that looks risky for a
{printer_model}. Keep it under 200 words."""

SNAPSHOT_PROMPT = (
    "This is a webcam snapshot of a 3D printer mid-print. Is the print failing "
    "(spaghetti, detached from bed, blob on nozzle, layer shift)? Reply with JSON: "
    '{"failing": bool, "confidence": 0..1, "issue": str|null, "advice": str|null}'
)

QA_PROMPT = """Context about the current printer state:
{context}

Relevant notes from previous prints:
{notes}

Question: {question}"""


def format_temps(temps):
    lines = []
    for tool, values in sorted((temps or {}).items()):
        if not isinstance(values, dict):
            continue
        lines.append("{}: actual {} / target {}".format(tool, values.get("actual"), values.get("target")))
    return "\n".join(lines) or "(no temperature data)"
