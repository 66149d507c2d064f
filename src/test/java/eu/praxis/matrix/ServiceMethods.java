package eu.praxis.matrix;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * The service actions the authorization matrix must cover, found by reflection.
 *
 * <p>The rule: a <em>service</em> is a concrete class in a feature's root package ({@code eu.praxis.<feature>},
 * where STYLE rule 1 puts a feature's API) that is annotated with Spring's {@code @Service} or carries
 * {@code @PreAuthorize} on the type or on any method (a bean that secures a method is a service, whatever its
 * stereotype). Its <em>actions</em> are the public methods it declares itself. Left out,
 * because nobody calls them as a user: event listeners and scheduled jobs (none is declared in a service today;
 * they are {@code @Component}s such as {@code NotificationFanOut}, {@code DigestJob}), policies (pure functions
 * the services call), start-up and demo code ({@code demo}, {@code FirstAdmin}, {@code IndexBootstrap}), and the
 * controllers in {@code web/}, which the HTTP matrix covers. A method is named {@code Class.method}, or
 * {@code Class.method/arity} when the class declares it with several arities.
 */
final class ServiceMethods {

    private static final String ROOT = "eu.praxis";

    private ServiceMethods() {}

    /** Every service class, by the rule above. */
    static List<Class<?>> services() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        scanner.addIncludeFilter(
                (reader, factory) -> reader.getAnnotationMetadata().hasAnnotation(PreAuthorize.class.getName())
                        || reader.getAnnotationMetadata().hasAnnotatedMethods(PreAuthorize.class.getName()));
        var classes = new ArrayList<Class<?>>();
        for (var candidate : scanner.findCandidateComponents(ROOT)) {
            var name = candidate.getBeanClassName();
            var pkg = ClassUtils.getPackageName(name);
            if (!pkg.startsWith(ROOT + ".") || pkg.substring(ROOT.length() + 1).contains(".")) {
                continue;
            }
            classes.add(ClassUtils.resolveClassName(name, ServiceMethods.class.getClassLoader()));
        }
        classes.sort(Comparator.comparing(Class::getSimpleName));
        return classes;
    }

    /** Every action of every service, by name. */
    static TreeSet<String> actions() {
        var names = new TreeSet<String>();
        for (var type : services()) {
            var methods = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers())
                            && !m.isSynthetic()
                            && !m.isBridge()
                            && !Modifier.isStatic(m.getModifiers()))
                    .filter(m -> Arrays.stream(m.getAnnotations()).noneMatch(a -> isListenerOrJob(a.annotationType())))
                    .toList();
            for (var method : methods) {
                var overloaded = methods.stream()
                                .filter(o -> o.getName().equals(method.getName()))
                                .count()
                        > 1;
                names.add(name(type, method, overloaded));
            }
        }
        return names;
    }

    private static String name(Class<?> type, Method method, boolean overloaded) {
        return type.getSimpleName() + "." + method.getName() + (overloaded ? "/" + method.getParameterCount() : "");
    }

    private static boolean isListenerOrJob(Class<?> annotation) {
        var name = annotation.getName();
        return name.endsWith(".EventListener")
                || name.endsWith(".ApplicationModuleListener")
                || name.endsWith(".TransactionalEventListener")
                || name.endsWith(".Scheduled");
    }
}
