set(VERSION_STRING "0.0.0-fixture")
