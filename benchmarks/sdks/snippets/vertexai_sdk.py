"""google-cloud-aiplatform 2.7 (vertexai) docs, including the preview vision models Imagen's docs use."""
import vertexai
from vertexai.generative_models import GenerativeModel
from vertexai.language_models import TextEmbeddingModel
from vertexai.preview.vision_models import ImageGenerationModel

vertexai.init(project="my-project", location="us-central1")
model = GenerativeModel("gemini-2.0-flash-001")
response = model.generate_content("What's a good name for a flower shop?")  # bills: google
chat = model.start_chat()
reply = chat.send_message("Hello")  # bills: google
embedder = TextEmbeddingModel.from_pretrained("text-embedding-005")
vectors = embedder.get_embeddings(["hello"])  # bills: google
imagen = ImageGenerationModel.from_pretrained("imagen-3.0-generate-002")
images = imagen.generate_images(prompt="a watercolor of a fox", number_of_images=1)  # bills: google
