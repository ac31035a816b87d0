from conan import ConanFile


class KafkaToNexusConan(ConanFile):
    name = "kafka-to-nexus"
    settings = "os", "arch", "compiler", "build_type"
    generators = "CMakeToolchain", "CMakeDeps"
    requires = ("librdkafka/2.8.0", "flatbuffers/1.12.0")
