"""Small wrappers around the UNO API used by several macros."""
import uno
from com.sun.star.awt.MessageBoxType import ERRORBOX, INFOBOX
from com.sun.star.awt.MessageBoxButtons import BUTTONS_OK


def get_selected_text(doc):
    sel = doc.getCurrentController().getSelection()
    if sel is None or not sel.supportsService("com.sun.star.text.TextRanges"):
        return None, ""
    rng = sel.getByIndex(0)
    return rng, rng.getString()


def replace_range(rng, new_text):
    rng.setString(new_text)


def insert_after(doc, rng, text):
    cursor = doc.getText().createTextCursorByRange(rng.getEnd())
    doc.getText().insertString(cursor, "\n" + text, False)


def full_text(doc):
    enum = doc.getText().createEnumeration()
    parts = []
    while enum.hasMoreElements():
        para = enum.nextElement()
        if para.supportsService("com.sun.star.text.Paragraph"):
            parts.append(para.getString())
    return "\n\n".join(parts)


def message_box(ctx, doc, text, title="WriterAI", error=False):
    smgr = ctx.getServiceManager()
    toolkit = smgr.createInstanceWithContext("com.sun.star.awt.Toolkit", ctx)
    parent = doc.getCurrentController().getFrame().getContainerWindow()
    box = toolkit.createMessageBox(parent, ERRORBOX if error else INFOBOX, BUTTONS_OK, title, text)
    return box.execute()


def set_status(doc, text):
    try:
        frame = doc.getCurrentController().getFrame()
        indicator = frame.createStatusIndicator()
        indicator.start(text, 100)
        return indicator
    except Exception:
        return None


def make_property(name, value):
    prop = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
    prop.Name = name
    prop.Value = value
    return prop


def get_paragraph_at_cursor(doc):
    view_cursor = doc.getCurrentController().getViewCursor()
    text = view_cursor.getText()
    cursor = text.createTextCursorByRange(view_cursor.getStart())
    cursor.gotoStartOfParagraph(False)
    cursor.gotoEndOfParagraph(True)
    return cursor, cursor.getString()


def is_writer(doc):
    return doc is not None and doc.supportsService("com.sun.star.text.TextDocument")


def is_calc(doc):
    return doc is not None and doc.supportsService("com.sun.star.sheet.SpreadsheetDocument")


def add_comment(doc, rng, author, content):
    """Insert a Writer annotation (comment) on a range, used for 'suggest' mode."""
    annotation = doc.createInstance("com.sun.star.text.textfield.Annotation")
    annotation.Author = author
    annotation.Content = content
    doc.getText().insertTextContent(rng, annotation, True)
    return annotation


def lock_controllers(doc):
    """Context manager that locks screen updates during bulk edits."""

    class _Lock:
        def __enter__(self_inner):
            doc.lockControllers()
            return doc

        def __exit__(self_inner, *exc):
            doc.unlockControllers()
            return False

    return _Lock()


def ask_yes_no(ctx, doc, text, title="WriterAI"):
    from com.sun.star.awt.MessageBoxButtons import BUTTONS_YES_NO
    from com.sun.star.awt.MessageBoxType import QUERYBOX

    smgr = ctx.getServiceManager()
    toolkit = smgr.createInstanceWithContext("com.sun.star.awt.Toolkit", ctx)
    parent = doc.getCurrentController().getFrame().getContainerWindow()
    box = toolkit.createMessageBox(parent, QUERYBOX, BUTTONS_YES_NO, title, text)
    return box.execute() == 2  # RESULT_YES
