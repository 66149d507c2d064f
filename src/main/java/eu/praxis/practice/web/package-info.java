/**
 * Plain HTTP for the practice library, outside Vaadin: the research API's practice endpoint, and the
 * attachment download, which streams a file with headers that make the browser save it rather than render it.
 */
@NullMarked
package eu.praxis.practice.web;

import org.jspecify.annotations.NullMarked;
