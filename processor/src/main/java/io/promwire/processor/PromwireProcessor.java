package io.promwire.processor;

import com.google.auto.service.AutoService;
import io.promwire.processor.model.HandlerModel;
import io.promwire.processor.model.ResourceModel;
import io.promwire.processor.model.Site;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The promwire annotation processor: reads each handler class into a model, validates it, writes
 * its decorator, and once no new handlers appear writes the compilation's {@code
 * PromwireBootstrap} with its service file and metrics catalogue. The steps live in their own
 * classes; this one only runs them round by round.
 *
 * <p>Handlers are remembered by name across rounds and read again when needed, because javac's
 * elements are not meant to outlive the round they came from.
 */
@AutoService(Processor.class)
public final class PromwireProcessor extends AbstractProcessor {
  private Context context;
  private HandlerFinder finder;
  private HandlerReader reader;
  private HandlerValidator validator;
  private DecoratorWriter decorators;
  private ResourceReader resources;
  private ResourceValidator resourceValidator;
  private ResourceWriter resourceWriter;

  /** Classes read so far, by qualified name. */
  private final SortedSet<String> read = new TreeSet<>();
  /** Classes the processor crashed on: reported once, then left alone. */
  private final Set<String> crashed = new TreeSet<>();
  /** Classes whose types do not resolve yet: another processor may generate them. */
  private final SortedSet<String> deferred = new TreeSet<>();
  private boolean bootstrapPending;
  private boolean bootstrapWritten;
  private int round;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    context = Context.create(env);
    finder = new HandlerFinder(context);
    reader = new HandlerReader(context);
    validator = new HandlerValidator(context);
    decorators = new DecoratorWriter(context);
    resources = new ResourceReader(context, reader);
    resourceValidator = new ResourceValidator(context, validator);
    resourceWriter = new ResourceWriter(context);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> supported = new java.util.LinkedHashSet<>(Api.supportedAnnotations());
    supported.addAll(Api.resourceTriggers());
    return Set.copyOf(supported);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(Context.PACKAGE_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    round++;
    try {
      finder.reportLocalClasses(roundEnv);
      SortedSet<String> found = new TreeSet<>(deferred);
      found.addAll(finder.candidates(roundEnv));
      for (String resource : finder.resourceCandidates(roundEnv)) {
        // Jakarta REST interfaces and other non-resources are promwire's only with its annotations.
        if (context.type(resource).map(resources::isResource).orElse(false)) {
          found.add(resource);
        }
      }
      found.removeAll(read);
      deferred.clear();
      if (!found.isEmpty()) {
        readNew(found);
      }
      if (roundEnv.processingOver()) {
        reportUnresolved(roundEnv);
        finish(roundEnv);
      } else if (found.isEmpty()) {
        // The first round without new handlers: nothing more is coming unless a later processor
        // generates handlers, which the late-handler error covers.
        finish(roundEnv);
      }
    } catch (Throwable t) {
      crash(null, "round " + round, t);
    }
    // Claiming promwire's own annotations spares users javac's "no processor claimed" warning
    // under -Xlint:processing; Jakarta REST's are left to other processors.
    return annotations.stream()
        .allMatch(a -> a.getQualifiedName().toString().startsWith(Api.ANNOTATIONS + "."));
  }

  /** Reads, validates and decorates the handlers new in this round. */
  private void readNew(SortedSet<String> found) {
    Map<String, HandlerModel> fresh = new LinkedHashMap<>();
    List<String> failed = new ArrayList<>();
    for (String name : found) {
      Optional<TypeElement> type = context.type(name);
      if (type.isEmpty()) {
        continue;
      }
      try {
        if (reader.hasUnresolvedTypes(type.get())) {
          deferred.add(name);
          continue;
        }
        if (resources.isResource(type.get())) {
          if (!readResource(type.get(), fresh, failed)) {
            continue;
          }
          read.add(name);
          continue;
        }
        read.add(name);
        HandlerModel handler = reader.read(type.get());
        Report report = validator.validate(handler);
        report.printTo(context.diagnostics());
        fresh.put(name, handler);
        if (!report.isClean()) {
          failed.add(name);
        }
      } catch (Throwable t) {
        crashed.add(name);
        crash(type.get(), name, t);
      }
    }
    List<HandlerModel> all = handlers(fresh);
    Report conflicts = MetricCatalog.check(all, fresh.keySet());
    // Resources are routed by their container, apart from promwire's routes.
    conflicts.addAll(
        RouteCatalog.check(all.stream().filter(h -> !h.resource()).toList(), fresh.keySet()));
    conflicts.printTo(context.diagnostics());
    for (HandlerModel handler : fresh.values()) {
      if (!handler.isHandler()) {
        continue;
      }
      bootstrapPending = true;
      if (bootstrapWritten) {
        context.diagnostics().print(
            Messages.LATE_HANDLER, handler.site(), handler.qualifiedName(), round);
      } else if (!failed.contains(handler.qualifiedName())
          && !conflicts.hasErrorIn(handler.element())) {
        writeDecorator(handler);
      }
    }
  }

  /**
   * Reads and validates a Jakarta REST resource into {@code fresh}; whether it is one promwire
   * generates for. A resource without promwire annotations is left alone when promwire-jaxrs is
   * not on the class path: the application then does not use promwire with Jakarta REST.
   */
  private boolean readResource(
      TypeElement type, Map<String, HandlerModel> fresh, List<String> failed) {
    boolean adapterPresent = resources.adapterPresent();
    ResourceModel resource = resources.read(type);
    HandlerModel handler = resource.handler();
    if (!adapterPresent && handler.registeredMetrics().isEmpty() && resource.methods().stream()
        .allMatch(m -> m.method().doNotTrack().isEmpty() && m.method().excludeAll().isEmpty())) {
      return false;
    }
    Report report = resourceValidator.validate(resource, adapterPresent);
    report.printTo(context.diagnostics());
    fresh.put(handler.qualifiedName(), handler);
    if (!report.isClean()) {
      failed.add(handler.qualifiedName());
    }
    return true;
  }

  /** The model of a class read before, as a handler or as a resource. */
  private HandlerModel readAgain(TypeElement type) {
    return resources.isResource(type) ? resources.read(type).handler() : reader.read(type);
  }

  private void writeDecorator(HandlerModel handler) {
    try {
      GeneratedFiles.write(
          context.filer(),
          handler.resource() ? resourceWriter.write(handler) : decorators.write(handler));
    } catch (Throwable t) {
      crash(handler.element(), handler.qualifiedName(), t);
    }
  }

  /** Writes the bootstrap once, if every handler of the compilation is clean. */
  private void finish(RoundEnvironment roundEnv) {
    if (!bootstrapPending
        || bootstrapWritten
        || !deferred.isEmpty()
        || context.diagnostics().hasErrors()
        || roundEnv.errorRaised()) {
      return;
    }
    bootstrapPending = false;
    List<HandlerModel> handlers = handlers(Map.of());
    Report report = new Report();
    Optional<BootstrapPlan> plan = BootstrapPlan.plan(handlers, context.packageOption(), report);
    report.printTo(context.diagnostics());
    if (plan.isEmpty()) {
      return;
    }
    try {
      GeneratedFiles.write(context.filer(), BootstrapWriter.write(plan.get()));
      ServiceFileWriter.write(
          context.filer(),
          plan.get().bootstrap(),
          handlers.stream().map(HandlerModel::element).toList());
      MetricsCatalogueWriter.write(context.filer(), plan.get());
      bootstrapWritten = true;
    } catch (Throwable t) {
      crash(null, Names.BOOTSTRAP, t);
    }
  }

  /**
   * Every handler read so far, sorted by qualified name: the models of this round as they are, the
   * others read again from their names.
   */
  private List<HandlerModel> handlers(Map<String, HandlerModel> current) {
    List<HandlerModel> handlers = new ArrayList<>();
    for (String name : read) {
      if (crashed.contains(name)) {
        continue;
      }
      HandlerModel handler = current.get(name);
      if (handler == null) {
        handler = context.type(name).map(this::readAgain).orElse(null);
      }
      if (handler != null && handler.isHandler()) {
        handlers.add(handler);
      }
    }
    return handlers;
  }

  private void reportUnresolved(RoundEnvironment roundEnv) {
    // javac reports the missing types itself; this only explains the missing generated code, and
    // only when nothing else went wrong, where it could be the cause.
    if (context.diagnostics().hasErrors() || roundEnv.errorRaised()) {
      return;
    }
    for (String name : deferred) {
      context.type(name)
          .ifPresent(type -> context.diagnostics().print(Messages.UNRESOLVED, Site.of(type), name));
    }
  }

  private void crash(TypeElement type, String what, Throwable t) {
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    if (type == null) {
      context.diagnostics().printWithoutPlace(Messages.CRASH, t, what, trace);
    } else {
      context.diagnostics().print(Messages.CRASH, Site.of(type), t, what, trace);
    }
  }
}
