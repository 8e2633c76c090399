package org.mscu.platform.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Test-only request body with nested validation and an enum. */
public record SampleRequest(
        @NotBlank @Size(max = 50) String name,
        @NotNull Kind kind,
        String sharedWith,
        String secret,
        @Valid Owner owner) {

    public enum Kind { STANDARD, URGENT }

    public record Owner(@NotBlank String phone) {
    }
}
