from qa_agent.browser.session import BrowserSession, launch_session

__all__ = ["BrowserSession", "launch_session"]
