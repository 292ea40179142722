import os
import sys
import types

HERE = os.path.dirname(__file__)
sys.path.insert(0, os.path.join(HERE, "..", "Scripts", "python", "pythonpath"))

# Minimal stand-ins for the UNO runtime so helper modules import outside LibreOffice.
for name in ("uno", "unohelper", "com", "com.sun", "com.sun.star", "com.sun.star.awt",
             "com.sun.star.awt.MessageBoxType", "com.sun.star.awt.MessageBoxButtons",
             "com.sun.star.beans"):
    sys.modules.setdefault(name, types.ModuleType(name))
sys.modules["com.sun.star.awt.MessageBoxType"].ERRORBOX = 1
sys.modules["com.sun.star.awt.MessageBoxType"].INFOBOX = 2
sys.modules["com.sun.star.awt.MessageBoxButtons"].BUTTONS_OK = 1
