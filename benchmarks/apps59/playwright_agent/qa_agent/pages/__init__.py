from qa_agent.pages.base_page import BasePage
from qa_agent.pages.checkout_page import CheckoutPage
from qa_agent.pages.login_page import LoginPage
from qa_agent.pages.search_page import SearchPage

__all__ = ["BasePage", "CheckoutPage", "LoginPage", "SearchPage"]
