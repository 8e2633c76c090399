package org.mscu.platform.policy;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JAX-RS resource methods of the application and the {@link Access} each names, found once
 * from the container's beans; the policy's actions are checked against them at start.
 */
@Singleton
public class AccessInventory {

    private final List<AccessPoint> points = new ArrayList<>();
    private final List<String> unannotated = new ArrayList<>();

    AccessInventory(BeanManager beans) {
        Set<Class<?>> resources = new LinkedHashSet<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass().isAnnotationPresent(Path.class)) {
                resources.add(bean.getBeanClass());
            }
        }
        resources.stream().sorted(Comparator.comparing(Class::getName)).forEach(this::scan);
    }

    /** Every annotated resource method with its resource and action. */
    public List<AccessPoint> points() {
        return List.copyOf(points);
    }

    /** Resource methods under {@code /api} without {@link Access}: denied to everyone. */
    public List<String> unannotated() {
        return List.copyOf(unannotated);
    }

    private void scan(Class<?> resourceClass) {
        String classPath = resourceClass.getAnnotation(Path.class).value();
        Arrays.stream(resourceClass.getDeclaredMethods())
                .filter(AccessInventory::isResourceMethod)
                .sorted(Comparator.comparing(Method::getName))
                .forEach(method -> {
                    Access access = accessOf(method);
                    String name = resourceClass.getSimpleName() + "." + method.getName();
                    if (access != null) {
                        points.add(new AccessPoint(access.resource(), access.action(), name));
                    } else if (isApi(classPath)) {
                        unannotated.add(name);
                    }
                });
    }

    /** The method's own {@link Access}, else its class's. */
    static Access accessOf(Method method) {
        Access access = method.getAnnotation(Access.class);
        return access != null ? access : method.getDeclaringClass().getAnnotation(Access.class);
    }

    static boolean isApi(String path) {
        String normalised = path.startsWith("/") ? path : "/" + path;
        return normalised.equals("/api") || normalised.startsWith("/api/");
    }

    private static boolean isResourceMethod(Method method) {
        if (method.isSynthetic() || method.isBridge()) {
            return false;
        }
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class) || annotation instanceof Path) {
                return true;
            }
        }
        return false;
    }
}
