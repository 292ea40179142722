from app.views.editor_view import EditorView, StatusBar
from app.views.sidebar_view import SidebarView
from app.views.assistant_panel import AssistantPanel

__all__ = ["EditorView", "SidebarView", "AssistantPanel", "StatusBar"]
