from menubar.features.summarise import Summariser
from menubar.features.rewrite import Rewriter
from menubar.features.translate import Translator
from menubar.features.reply_drafter import ReplyDrafter
from menubar.features.calendar_brief import CalendarBriefer

__all__ = ["Summariser", "Rewriter", "Translator", "ReplyDrafter", "CalendarBriefer"]
