"""Code kept from the 0.x releases. Do not add new callers."""
from .http_backend import ask_http, groq_http, mistral_http
