from data.warehouse import Warehouse, get_warehouse

__all__ = ["Warehouse", "get_warehouse"]
