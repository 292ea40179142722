from pages.root import root_page
from pages.summaries import summaries_page
from pages.tickets import tickets_page
from pages.chat import chat_page
from pages.settings import settings_page

pages = {
    "/": root_page,
    "summaries": summaries_page,
    "tickets": tickets_page,
    "chat": chat_page,
    "settings": settings_page,
}
