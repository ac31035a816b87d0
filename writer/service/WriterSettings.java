package writer.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import writer.profile.ProfileRules;

/**
 * Everything the writer was configured with, resolved from the command line and the ini file.
 *
 * @param outputPrefix 2022: "" means the pl72 filename is used as given; current: never empty
 * @param serviceName null means a generated service id (protocol.md §4.8)
 * @param kafkaConfig extra client settings from -X, already in the Java client's spelling
 */
public record WriterSettings(
        ProfileRules rules,
        String poolBrokers,
        String poolTopic,
        String commandBrokers,
        String commandTopic,
        String outputPrefix,
        String serviceName,
        Duration statusInterval,
        Duration timeBeforeStart,
        Duration timeAfterStop,
        Duration metadataMaxTimeout,
        Duration kafkaErrorTimeout,
        Duration dataFlushInterval,
        Duration pollTimeout,
        Map<String, String> kafkaConfig,
        Path logFileOrNull) {}
