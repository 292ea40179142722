import asyncio

from f.common.multi_model_service import TaskComplexity, multi_model_service
from f.common.prompts import language_name

# Languages where the cheap route produced bad formality (Sie/du, vous/tu) in QA.
FORMAL_LANGUAGES = {"German", "French", "Dutch", "Polish"}


def main(body: str, target_language: str, keep_formatting: bool = True):
    target_language = language_name(target_language)
    instructions = f"Translate the email below into {target_language}."
    if target_language in FORMAL_LANGUAGES:
        instructions += " Use the formal form of address."
    if keep_formatting:
        instructions += " Preserve line breaks, greetings and signature."
    translated = asyncio.run(
        multi_model_service.generate_response(
            prompt=f"{instructions}\n\n{body}",
            task_type="email_translation",
            complexity=(TaskComplexity.STANDARD if target_language in FORMAL_LANGUAGES
                        else TaskComplexity.SIMPLE),
        )
    )
    return {"language": target_language, "body": translated}
