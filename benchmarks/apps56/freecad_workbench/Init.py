# -*- coding: utf-8 -*-
# AI Assist workbench - non-GUI initialisation.
# FreeCAD executes this file at startup for every Mod directory, with or
# without the GUI. Keep it cheap: nothing here may touch the network.

import FreeCAD

FreeCAD.Console.PrintLog("AIAssist: Init.py loaded\n")

# Register the .aiprompt export so scripted (headless) sessions can dump
# prompts for offline review.
FreeCAD.addExportType("AI Assist prompt bundle (*.aiprompt)", "freecad.aiassist.export.report")
