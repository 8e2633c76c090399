package org.mscu.platform.sample;

import jakarta.validation.constraints.NotBlank;

/** Test-only update body. */
public record SampleRename(@NotBlank String name) {
}
