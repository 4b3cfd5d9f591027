"""Files in and out (xlsx, pdf): pure functions of plain data, written atomically."""
