"""Boilerplate shared by the plug-in entry scripts."""
import logging
import os
import sys

import gi

gi.require_version("Gimp", "3.0")
from gi.repository import GLib, Gimp  # noqa: E402

from .clients import MissingKeyError  # noqa: E402


def setup_logging(name):
    level = logging.DEBUG if os.environ.get("GIMP_AI_DEBUG") else logging.INFO
    logging.basicConfig(stream=sys.stderr, level=level,
                        format="%(asctime)s " + name + " %(levelname)s %(message)s")
    return logging.getLogger(name)


def success(procedure, *values):
    retval = procedure.new_return_values(Gimp.PDBStatusType.SUCCESS, GLib.Error())
    for value in values:
        retval.append(value)
    return retval


def cancel(procedure):
    return procedure.new_return_values(Gimp.PDBStatusType.CANCEL, GLib.Error())


def failure(procedure, exc):
    if isinstance(exc, MissingKeyError):
        text = str(exc)
    else:
        text = "%s: %s" % (type(exc).__name__, exc)
    return procedure.new_return_values(Gimp.PDBStatusType.EXECUTION_ERROR, GLib.Error(text))


def set_common_attribution(procedure):
    procedure.set_attribution("GIMP AI plug-ins team", "GPLv3", "2024-2025")
    procedure.add_menu_path("<Image>/Filters/AI")
