"""Pure Python core: value types, rules and maths. No Qt, no database, no I/O."""
