package org.mscu.orders.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mscu.platform.problem.ProblemException;

class OrderLifecycleTest {

    private record Key(OrderStatus from, OrderTransition transition, boolean interim) {
    }

    /** Every legal transition; everything else must be refused. */
    private static final Map<Key, OrderStatus> LEGAL = legal();

    private static Map<Key, OrderStatus> legal() {
        var legal = new java.util.HashMap<Key, OrderStatus>();
        for (boolean interim : new boolean[] {false, true}) {
            legal.put(new Key(OrderStatus.DRAFT, OrderTransition.SUBMIT, interim), OrderStatus.APPLIED);
            legal.put(new Key(OrderStatus.APPLIED, OrderTransition.GRANT, interim), OrderStatus.GRANTED);
            legal.put(new Key(OrderStatus.APPLIED, OrderTransition.REFUSE, interim), OrderStatus.REFUSED);
            for (OrderStatus inForce : OrderStatus.IN_FORCE) {
                legal.put(new Key(inForce, OrderTransition.VARY, interim), OrderStatus.VARIED);
                legal.put(new Key(inForce, OrderTransition.DISCHARGE, interim), OrderStatus.DISCHARGED);
                legal.put(new Key(inForce, OrderTransition.EXPIRE, interim), OrderStatus.EXPIRED);
            }
        }
        for (OrderStatus inForce : OrderStatus.IN_FORCE) {
            legal.put(new Key(inForce, OrderTransition.RENEW, false), OrderStatus.RENEWED);
            legal.put(new Key(inForce, OrderTransition.END, true), OrderStatus.ENDED);
        }
        legal.put(new Key(OrderStatus.APPLIED, OrderTransition.END, true), OrderStatus.ENDED);
        return legal;
    }

    static Stream<Arguments> legalTransitions() {
        return LEGAL.entrySet().stream()
                .map(e -> Arguments.of(e.getKey().from(), e.getKey().transition(), e.getKey().interim(), e.getValue()));
    }

    static Stream<Arguments> illegalTransitions() {
        List<Arguments> illegal = new ArrayList<>();
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderTransition transition : OrderTransition.values()) {
                for (boolean interim : new boolean[] {false, true}) {
                    if (!LEGAL.containsKey(new Key(from, transition, interim))) {
                        illegal.add(Arguments.of(from, transition, interim));
                    }
                }
            }
        }
        return illegal.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {3} (interim {2})")
    @MethodSource("legalTransitions")
    void movesAlongEveryLegalTransition(OrderStatus from, OrderTransition transition, boolean interim, OrderStatus to) {
        assertThat(OrderLifecycle.next(from, transition, interim)).isEqualTo(to);
        assertThat(OrderLifecycle.allows(from, transition, interim)).isTrue();
    }

    @ParameterizedTest(name = "{0} --{1}--> refused (interim {2})")
    @MethodSource("illegalTransitions")
    void refusesEveryIllegalTransitionWithConflict(OrderStatus from, OrderTransition transition, boolean interim) {
        assertThat(OrderLifecycle.allows(from, transition, interim)).isFalse();
        assertThatThrownBy(() -> OrderLifecycle.next(from, transition, interim))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.code()).isEqualTo("ILLEGAL_TRANSITION");
                });
    }

    @Test
    void coversEveryCombinationOnce() {
        long all = OrderStatus.values().length * OrderTransition.values().length * 2L;
        assertThat(legalTransitions().count() + illegalTransitions().count()).isEqualTo(all);
    }

    @Test
    void keepsVariedAndRenewedOrdersInForce() {
        assertThat(OrderStatus.VARIED.inForce()).isTrue();
        assertThat(OrderStatus.RENEWED.inForce()).isTrue();
        assertThat(OrderStatus.DISCHARGED.inForce()).isFalse();
        assertThat(OrderStatus.EXPIRED.isFinal()).isTrue();
    }

    @Test
    void refusesToDecideAnOrderTwice() {
        assertThatThrownBy(() -> OrderLifecycle.next(OrderStatus.GRANTED, OrderTransition.GRANT, false))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> OrderLifecycle.next(OrderStatus.REFUSED, OrderTransition.GRANT, false))
                .isInstanceOf(ProblemException.class);
    }
}
