"""Exporters, one module per output format, registered in :data:`WRITERS`."""
from kg.export import kgx, turtle

WRITERS = {
    "kgx": kgx.write_kgx,
    "ttl": turtle.write_turtle,
}
