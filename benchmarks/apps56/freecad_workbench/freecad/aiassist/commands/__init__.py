"""FreeCAD GUI commands of the workbench."""
import FreeCAD


class BaseCommand:
    """Shared IsActive logic: most commands need an open document."""

    needs_document = True

    def IsActive(self):
        if self.needs_document:
            return FreeCAD.ActiveDocument is not None
        return True
