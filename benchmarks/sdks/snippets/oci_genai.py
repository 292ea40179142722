"""oci 2.189 generative_ai_inference, as Oracle's docs show it (the wheel has no README code)."""
import oci

config = oci.config.from_file("~/.oci/config", "DEFAULT")
endpoint = "https://inference.generativeai.us-chicago-1.oci.oraclecloud.com"
client = oci.generative_ai_inference.GenerativeAiInferenceClient(
    config=config, service_endpoint=endpoint, retry_strategy=oci.retry.NoneRetryStrategy(),
)
chat_detail = oci.generative_ai_inference.models.ChatDetails()
chat_detail.chat_request = oci.generative_ai_inference.models.GenericChatRequest()
chat_detail.compartment_id = "ocid1.compartment.oc1..xyz"
chat_response = client.chat(chat_detail)  # bills: oci

embed_detail = oci.generative_ai_inference.models.EmbedTextDetails(inputs=["hello"])
embed_response = client.embed_text(embed_detail)  # bills: oci
