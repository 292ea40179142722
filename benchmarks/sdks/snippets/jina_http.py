"""Jina AI embeddings and reranker: no official SDK, its docs call the HTTP API."""
import requests

headers = {"Content-Type": "application/json", "Authorization": "Bearer jina_..."}
data = {"model": "jina-embeddings-v3", "task": "text-matching", "input": ["Organic skincare"]}
response = requests.post("https://api.jina.ai/v1/embeddings", headers=headers, json=data)  # bills: raw_http
ranked = requests.post("https://api.jina.ai/v1/rerank", headers=headers, json={"model": "jina-reranker-v2-base-multilingual", "query": "q", "documents": ["a"]})  # bills: raw_http
