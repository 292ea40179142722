"""Kitchen tablet helper: 'what can I cook with what is in the fridge' and shopping-list
clean-up. The fridge inventory lives in todo.fridge (maintained by hand / barcode scanner).

Gemini via the shared client in hass.data; ingredient matching uses local embeddings.
"""
import math

import ollama

import ollama_http

cfg = pyscript.app_config or {}
RECIPE_MODEL = cfg.get("model", "gemini-2.0-flash")
EMBED_MODEL = cfg.get("embed_model", "nomic-embed-text")
OLLAMA_URL = cfg.get("ollama_url", "http://192.168.1.40:11434")

local_llm = ollama.Client(host=OLLAMA_URL)

DIETARY = cfg.get("dietary", "one vegetarian in the house")


def _items(entity_id):
    attrs = state.getattr(entity_id) or {}
    return [i.get("summary", "") for i in attrs.get("items", []) if i.get("status") != "completed"]


@pyscript_compile
def _cos(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)) or 1.0)


@pyscript_compile
def _dedupe(client, items, threshold=0.92):
    """Merge near-duplicate shopping list entries ('milk', 'Milk 1L')."""
    if len(items) < 2:
        return items
    vectors = client.embed(model=EMBED_MODEL, input=items)["embeddings"]
    kept, kept_vecs = [], []
    for item, vec in zip(items, vectors):
        if all(_cos(vec, other) < threshold for other in kept_vecs):
            kept.append(item)
            kept_vecs.append(vec)
    return kept


@service(supports_response="optional")
def suggest_recipes(count=3, time_minutes=30):
    """yaml
name: Suggest recipes
description: Suggest recipes from the fridge inventory.
"""
    fridge = _items("todo.fridge")
    if not fridge:
        return {"recipes": []}
    genai_client = hass.data["pyscript_ai_clients"]["genai"]
    prompt = (f"Ingredients available: {', '.join(fridge)}.\nSuggest {count} dinner recipes that take at "
              f"most {time_minutes} minutes. Keep in mind: {DIETARY}. One line per recipe: name - why.")
    resp = task.executor(genai_client.models.generate_content, model=RECIPE_MODEL, contents=prompt)
    recipes = [line.strip("-• ").strip() for line in (resp.text or "").splitlines() if line.strip()]
    state.set("sensor.recipe_suggestions", len(recipes), recipes=recipes)
    return {"recipes": recipes}


@service
def clean_shopping_list():
    """Remove near-duplicates from the shopping list."""
    items = _items("todo.shopping_list")
    kept = task.executor(_dedupe, local_llm, items)
    for item in items:
        if item not in kept:
            service.call("todo", "remove_item", entity_id="todo.shopping_list", item=item)
    log.info(f"shopping list: {len(items)} -> {len(kept)} items")


@time_trigger("cron(0 16 * * 5)")
def friday_meal_plan():
    fridge = _items("todo.fridge")
    prompt = "Plan a simple weekend meal plan using: " + ", ".join(fridge)
    plan = task.executor(ollama_http.generate, prompt, "llama3.2", OLLAMA_URL)
    state.set("sensor.weekend_meal_plan", "ready", plan=plan)
