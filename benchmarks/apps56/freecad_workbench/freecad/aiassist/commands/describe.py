import FreeCAD
import FreeCADGui
from PySide import QtGui

from freecad.aiassist import icon
from freecad.aiassist.core.describer import ModelDescriber
from . import BaseCommand


class DescribeCommand(BaseCommand):
    def GetResources(self):
        return {
            "Pixmap": icon("describe.svg"),
            "MenuText": "Describe model",
            "ToolTip": "Ask the assistant to describe the active model or selection",
            "Accel": "A, D",
        }

    def Activated(self):
        selection_only = bool(FreeCADGui.Selection.getSelection())
        QtGui.QApplication.setOverrideCursor(QtGui.Qt.WaitCursor)
        try:
            text = ModelDescriber().describe(selection_only=selection_only)
        except Exception as exc:
            FreeCAD.Console.PrintError("AIAssist: describe failed: %s\n" % exc)
            return
        finally:
            QtGui.QApplication.restoreOverrideCursor()
        FreeCAD.Console.PrintMessage(text + "\n")
        QtGui.QMessageBox.information(FreeCADGui.getMainWindow(), "Model description", text)


class DescribeToCommentCommand(BaseCommand):
    """Writes a one-line description into the document's Comment field."""

    def GetResources(self):
        return {"Pixmap": icon("describe.svg"), "MenuText": "Set document comment from AI"}

    def Activated(self):
        doc = FreeCAD.ActiveDocument
        doc.Comment = ModelDescriber().describe_brief(doc)
        FreeCAD.Console.PrintMessage("AIAssist: comment set\n")
