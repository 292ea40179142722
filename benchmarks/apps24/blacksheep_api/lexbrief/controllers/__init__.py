# Controllers are discovered by importing the modules (BlackSheep registers them on class creation).
from lexbrief.controllers import admin, chat, contracts, documents, research  # noqa: F401
