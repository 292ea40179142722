from taipy.gui import Markdown

root_md = """
<|toggle|theme|>
<|navbar|lov={[("/summaries", "Summaries"), ("/tickets", "Tickets"), ("/chat", "Chat with data"), ("/settings", "Settings")]}|>

<|{llm_status}|text|class_name=status-pill|>
"""

root_page = Markdown(root_md)
