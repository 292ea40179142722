"""google-generativeai 0.8 README (deprecated, still pinned)."""
import google.generativeai as genai

genai.configure(api_key="GOOGLE_API_KEY")
model = genai.GenerativeModel("gemini-1.5-flash")
response = model.generate_content("Write a story about a magic backpack.")  # bills: google
chat = model.start_chat(history=[])
reply = chat.send_message("Hello")  # bills: google
vectors = genai.embed_content(model="models/text-embedding-004", content="Hello world")  # bills: google
