from research_assistant.themes.dark import (  # noqa: F401
    create_dark_theme,
    create_error_text_theme,
    create_light_theme,
    load_fonts,
)
