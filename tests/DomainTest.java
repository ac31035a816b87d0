package tests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import lib.fixtures.Era;
import lib.fixtures.FreshTopics;
import lib.fixtures.SystemTest;
import lib.wire.Profile;
import org.junit.jupiter.api.TestInstance;

/**
 * Marks an X class (catalogue §7, {@link DomainTestWindow}): a system test of the current era on fresh domain topics,
 * one instance per class, so its {@code @BeforeAll} writes the one file its tests check.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SystemTest
@Era(value = Profile.CURRENT, reason = DomainTestWindow.HEAD_ONLY)
@FreshTopics({DomainTestWindow.CHOPPERS, DomainTestWindow.DETECTOR})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@interface DomainTest {}
