import { metricsEnabled, tracingSettings } from "./settings";

describe("tracingSettings", () => {
  it("is off until an endpoint or an exporter is named, and when told so", () => {
    expect(tracingSettings({}).state).toBe("off");
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_SDK_DISABLED: "true" }).state).toBe("off");
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_TRACES_EXPORTER: "none" }).state).toBe("off");
  });

  it("exports over OTLP to a named endpoint, or with the exporters named", () => {
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toEqual({ state: "on", exporters: ["otlp"] });
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://collector:4318/v1/traces" })).toEqual({ state: "on", exporters: ["otlp"] });
    expect(tracingSettings({ OTEL_TRACES_EXPORTER: "console" })).toEqual({ state: "on", exporters: ["console"] });
    expect(tracingSettings({ OTEL_TRACES_EXPORTER: "otlp, console" })).toEqual({ state: "on", exporters: ["otlp", "console"] });
  });

  it("refuses what it cannot do, naming every problem", () => {
    expect(tracingSettings({ OTEL_TRACES_EXPORTER: "zipkin", OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" })).toEqual({ state: "invalid", problems: [expect.stringContaining("zipkin")] });
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4317", OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" })).toEqual({
      state: "invalid",
      problems: [expect.stringContaining("grpc")],
    });
  });
});

describe("metricsEnabled", () => {
  it("is on unless DLHUB_METRICS says off", () => {
    expect(metricsEnabled({})).toBe(true);
    expect(metricsEnabled({ DLHUB_METRICS: "on" })).toBe(true);
    expect(metricsEnabled({ DLHUB_METRICS: "off" })).toBe(false);
    expect(metricsEnabled({ DLHUB_METRICS: "false" })).toBe(false);
  });
});
