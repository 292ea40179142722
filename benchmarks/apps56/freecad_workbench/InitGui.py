# -*- coding: utf-8 -*-
# AI Assist workbench - GUI initialisation.
#
# This file is executed by FreeCAD in a namespace where Workbench,
# FreeCAD and FreeCADGui are already defined, so we do not import them.

import os

import FreeCAD
import FreeCADGui


class AIAssistWorkbench(Workbench):  # noqa: F821 - provided by FreeCAD
    MenuText = "AI Assist"
    ToolTip = "Describe, review and script your models with an LLM assistant"

    def __init__(self):
        from freecad.aiassist import ICON_PATH

        self.__class__.Icon = os.path.join(ICON_PATH, "aiassist.svg")

    def Initialize(self):
        """Called once, the first time the workbench is activated."""
        from freecad.aiassist.commands.describe import DescribeCommand
        from freecad.aiassist.commands.panels import DraftScriptCommand
        from freecad.aiassist.commands.panels import ReviewCommand
        from freecad.aiassist.commands.panels import AskCommand
        from freecad.aiassist.commands.panels import SettingsCommand

        FreeCADGui.addCommand("AI_Describe", DescribeCommand())
        FreeCADGui.addCommand("AI_DraftScript", DraftScriptCommand())
        FreeCADGui.addCommand("AI_Review", ReviewCommand())
        FreeCADGui.addCommand("AI_Ask", AskCommand())
        FreeCADGui.addCommand("AI_Settings", SettingsCommand())

        self.command_list = ["AI_Describe", "AI_DraftScript", "AI_Review", "AI_Ask"]
        self.appendToolbar("AI Assist", self.command_list)
        self.appendMenu("AI Assist", self.command_list + ["Separator", "AI_Settings"])

        FreeCADGui.addPreferencePage(
            os.path.join(os.path.dirname(__file__), "freecad", "aiassist", "resources", "preferences.ui"),
            "AI Assist",
        )
        FreeCAD.Console.PrintMessage("AI Assist workbench initialised\n")

    def Activated(self):
        from freecad.aiassist import preferences

        if not preferences.any_backend_configured():
            FreeCAD.Console.PrintWarning(
                "AI Assist: no LLM backend configured, open AI Assist > Settings\n"
            )

    def Deactivated(self):
        pass

    def ContextMenu(self, recipient):
        if recipient == "View":
            self.appendContextMenu("AI Assist", ["AI_Describe", "AI_Ask"])

    def GetClassName(self):
        return "Gui::PythonWorkbench"


FreeCADGui.addWorkbench(AIAssistWorkbench())
