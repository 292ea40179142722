# Code carried over from the Flask service (lexbridge-web). Being retired, see LEX-640.
# Please don't add to it; move things into app/services when you touch them.
