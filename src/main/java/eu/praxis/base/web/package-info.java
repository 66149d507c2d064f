/**
 * Plain HTTP shared by the features: absolute permalinks, and errors of JSON endpoints as RFC 9457 problem
 * details, written the same way by controllers and by security filters.
 */
@NullMarked
@NamedInterface("web")
package eu.praxis.base.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
