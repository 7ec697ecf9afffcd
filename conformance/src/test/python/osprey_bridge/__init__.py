"""Runs CPython's own test suites against Osprey: the modules Osprey implements are replaced, in place, by
proxies that call Osprey's Java API through JPype (the JVM runs inside the Python process)."""
