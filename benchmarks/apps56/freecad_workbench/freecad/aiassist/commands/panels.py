"""Commands that open task panels or dialogs."""
import FreeCAD
import FreeCADGui
from freecad.aiassist import icon
from . import BaseCommand


class DraftScriptCommand(BaseCommand):
    needs_document = False

    def GetResources(self):
        return {
            "Pixmap": icon("draft.svg"),
            "MenuText": "Draft parametric script",
            "ToolTip": "Describe a part and let the assistant write a FreeCAD macro",
        }

    def Activated(self):
        from freecad.aiassist.gui.draft_panel import DraftTaskPanel

        FreeCADGui.Control.showDialog(DraftTaskPanel())


class ReviewCommand(BaseCommand):
    def GetResources(self):
        return {
            "Pixmap": icon("review.svg"),
            "MenuText": "Design review",
            "ToolTip": "Review the model for manufacturability issues",
        }

    def Activated(self):
        from freecad.aiassist.gui.review_panel import ReviewTaskPanel

        FreeCADGui.Control.showDialog(ReviewTaskPanel())


class AskCommand(BaseCommand):
    def GetResources(self):
        return {
            "Pixmap": icon("ask.svg"),
            "MenuText": "Ask about model",
            "ToolTip": "Ask the assistant a question about the active model",
            "Accel": "A, Q",
        }

    def Activated(self):
        from freecad.aiassist.gui.ask_panel import AskTaskPanel

        FreeCADGui.Control.showDialog(AskTaskPanel())


class SettingsCommand(BaseCommand):
    needs_document = False

    def GetResources(self):
        return {"Pixmap": icon("settings.svg"), "MenuText": "Settings...", "ToolTip": "Configure LLM backends"}

    def Activated(self):
        from freecad.aiassist.gui.settings_panel import SettingsDialog

        dlg = SettingsDialog(FreeCADGui.getMainWindow())
        dlg.exec_()
