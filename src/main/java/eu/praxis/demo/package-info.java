/**
 * Demo data for the default run: organisations, people, working groups and memberships, the practice
 * library ({@code src/main/resources/demo/practices.json}, in the bulk import format), group and
 * practice discussions ({@code demo/threads.json}) and a few generated attachments, loaded through the
 * services on first start ({@code DemoDataAtStartUp}), only under the {@code demo} profile (the default when no
 * profile is set). Never loaded with {@code postgres} alone. The tests do without it; its smoke test loads it.
 */
@NullMarked
package eu.praxis.demo;

import org.jspecify.annotations.NullMarked;
